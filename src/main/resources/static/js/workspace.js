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
// Fields with a hide condition appear and disappear as the agent answers: the server evaluates the
// form's conditions (the same rule it applies when the form is submitted) and names the hidden fields.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('task-form');
  if (!form || !form.querySelector('[data-conditional]')) { return; }
  function refresh() {
    var entries = new URLSearchParams(new FormData(form));
    fetch(form.getAttribute('action') + '/form/hidden', { method: 'POST', body: entries, credentials: 'same-origin',
      headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (hidden) {
        if (!hidden) { return; }
        form.querySelectorAll('.field[data-key]').forEach(function (field) {
          field.hidden = hidden.indexOf(field.getAttribute('data-key')) >= 0;
        });
      });
  }
  form.addEventListener('change', refresh);
});
// The customer's answer is recorded in place: the page (and the task form being filled in) stays as
// it is, and the offer's line says what was recorded. Without this script the form posts and reloads.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('.nba form.answer').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      var button = event.submitter;
      if (!button || !window.fetch) { return; }
      event.preventDefault();
      var entries = new URLSearchParams(new FormData(form));
      entries.set('outcome', button.value);
      var status = document.querySelector('.nba .answer-status');
      fetch(form.getAttribute('action'), { method: 'POST', body: entries, credentials: 'same-origin',
        headers: { 'Accept': 'application/json' } })
        .then(function (response) { return response.json(); })
        .then(function (answer) {
          if (answer.recorded) {
            form.querySelector('.answer-state').textContent = 'Recorded: ' + answer.recorded + '. Correct it:';
          }
          if (status) { status.textContent = answer.message || answer.problem; }
        })
        .finally(function () { form.querySelectorAll('button').forEach(function (b) { b.disabled = false; }); });
    });
  });
});
