import { render } from 'preact';
import '../../settings/ui/base.css';
import '../../log/ui/log.css';
import { LogApp } from '../../log/ui/LogApp';

const root = document.getElementById('app');
if (root) render(<LogApp />, root);
