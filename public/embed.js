// Lejtő host helper: sizes every <iframe data-lejto> to the height its embed reports.
// Only messages from that frame's own window, from the origin its src names (or "null" when
// the sandbox gives it no origin of its own), with a plausible number, are used.
addEventListener('message', (e) => {
  const d = e.data;
  if (!d || d.type !== 'lejto:height' || !(d.height > 0 && d.height < 1e5)) return;
  for (const f of document.querySelectorAll('iframe[data-lejto]')) {
    const opaque = f.sandbox.length > 0 && !f.sandbox.contains('allow-same-origin');
    const origin = opaque ? 'null' : new URL(f.src, location.href).origin;
    if (f.contentWindow === e.source && e.origin === origin) {
      f.style.height = Math.ceil(d.height) + 'px';
      f.style.border = '0';
    }
  }
});
