import { defineBackground } from 'wxt/utils/define-background';
import { registerCommands } from '../background/commands';
import { registerLogHandlers } from '../background/log-handlers';
import { registerPopoverHandlers } from '../background/popover-handlers';
import { registerScanHandlers } from '../background/scan-handlers';

// Thin on purpose: each concern registers its own listeners (background/*.ts).
export default defineBackground(() => {
  registerScanHandlers();
  registerLogHandlers();
  registerCommands();
  registerPopoverHandlers();
});
