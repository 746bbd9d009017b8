// Development IdP: posts the SAML response form on load, as a real IdP's page does.
// A static file because the Content-Security-Policy forbids inline script.
document.querySelector('form[data-autosubmit]')?.submit();
