// The page's own code listens to the components' events (no inline script: strict CSP).
document.getElementById('session').addEventListener('llave-session-change', (event) => {
  const { session } = event;
  document.getElementById('who').textContent = session.authenticated ? session.user.name : 'nadie';
});
