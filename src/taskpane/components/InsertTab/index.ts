export { InsertTab } from './InsertTab';
