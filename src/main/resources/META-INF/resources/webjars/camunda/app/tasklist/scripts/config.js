// Replaces Tasklist's default configuration to share one sign-in with the workspace; the
// keyboard shortcuts are Tasklist's usual ones, kept because replacing the file drops them.
import '../../cvm-single-sign-in.js';

export default {
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'claim the selected task' },
    focusFilter: { key: 'ctrl+shift+f', description: 'move to the first filter' },
    focusList: { key: 'ctrl+alt+l', description: 'move to the first task in the list' },
    focusForm: { key: 'ctrl+alt+f', description: 'move to the first field of the task form' },
    startProcess: { key: 'ctrl+alt+p', description: 'start a process' }
  }
};
