export { TabFooter } from './TabFooter';
