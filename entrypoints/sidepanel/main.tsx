import { render } from 'preact';
import '../../settings/ui/base.css';
import '../../log/ui/log.css';
import { LogApp } from '../../log/ui/LogApp';

// Chrome side panel; WXT turns the same entrypoint into Firefox's sidebar.
const root = document.getElementById('app');
if (root) render(<LogApp compact />, root);
