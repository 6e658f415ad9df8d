/** The therapy feature's public face: the child page places this section. */
export { ChildTherapySection } from './components/child-therapy-section';
