// Replaces the webapp's default configuration (which sets nothing) to share one sign-in with the workspace.
import '../../cvm-single-sign-in.js';

export default {};
