/** The family feature's public face: the child page places these two containers. */
export { GenogramPanel } from './genogram-panel';
export { NetworkPanel } from './network-panel';
