// Loaded by each webapp's scripts/config.js. After "Log out", or when the session has ended,
// Camunda's webapps show their own login form, which cannot sign anyone in here: sign-in belongs
// to the workspace's login page, shared by the workspace and every webapp. So that form is never
// shown: a user who signed out lands on the workspace's login page; a session that ended reloads
// the app, which the server sends through the login page and back.
const workspaceLogin = new URL('../../login', import.meta.url);
const CAMUNDA_LOGIN_ROUTE = /^#!?\/login/;
const LOGOUT_CALL = /\/auth\/user\/[^/]+\/logout$/;

let signedOut = false;
const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (String(method).toUpperCase() === 'POST' && LOGOUT_CALL.test(String(url))) {
    signedOut = true;
  }
  return open.call(this, method, url, ...rest);
};

function leaveCamundaLoginForm() {
  if (!CAMUNDA_LOGIN_ROUTE.test(window.location.hash)) {
    return;
  }
  if (signedOut) {
    workspaceLogin.search = 'logout';
    window.location.replace(workspaceLogin.href);
  } else {
    window.location.replace(window.location.pathname + window.location.search);
  }
}

window.addEventListener('hashchange', leaveCamundaLoginForm);
window.addEventListener('popstate', leaveCamundaLoginForm);
leaveCamundaLoginForm();
