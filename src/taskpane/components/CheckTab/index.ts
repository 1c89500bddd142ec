export { CheckTab } from './CheckTab';
