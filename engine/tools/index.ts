export {
  createToolBox,
  HANDOFF_TOOL_NAME,
  type TenantToolBox,
  type ToolApiProblem,
  type ToolBoxOptions,
} from './tool-box.js';
export { isExplicitConfirmation } from './explicit-confirmation.js';
