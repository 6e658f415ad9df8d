import { Chart, Legend, LineController, LineElement, LinearScale, PointElement, Tooltip } from 'chart.js';

/**
 * Only what the SCORE-15 line charts use is registered, so the lazily loaded chunk stays small. Never
 * import this from the app shell: it is reached only through the plan page's deferred measurements.
 */
Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Tooltip);

export { Chart };
