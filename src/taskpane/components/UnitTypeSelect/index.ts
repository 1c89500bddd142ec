export { UnitTypeSelect } from './UnitTypeSelect';
