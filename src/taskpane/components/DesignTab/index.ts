export { DesignTab } from './DesignTab';
