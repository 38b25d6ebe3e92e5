// Keyboard help for agents on a call; every page works without it.
document.addEventListener('keydown', function (event) {
  var target = event.target;
  var typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
  // "/" jumps to the customer search, as in most web tools.
  if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
    var search = document.getElementById('header-search');
    if (search) { event.preventDefault(); search.focus(); search.select(); }
  }
  // Ctrl+Enter completes the task form from any of its fields.
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && target.form && target.form.id === 'task-form') {
    event.preventDefault();
    target.form.requestSubmit();
  }
});
// A re-shown form puts the cursor in the first field to fix; a task form otherwise starts at its first field.
document.addEventListener('DOMContentLoaded', function () {
  var first = document.querySelector('.field.invalid input, .field.invalid select, .field.invalid textarea')
    || document.querySelector('#task-form .field input:not([readonly]):not([type=hidden]), #task-form .field select, #task-form .field textarea:not([readonly])');
  if (first) { first.focus(); }
  // One click per answer: a second click while the page reloads would send it twice.
  document.querySelectorAll('form[method=post]').forEach(function (form) {
    form.addEventListener('submit', function () {
      setTimeout(function () { form.querySelectorAll('button').forEach(function (b) { b.disabled = true; }); }, 0);
    });
  });
});
