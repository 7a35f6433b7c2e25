// The check-in page: scan a ticket's QR with the device camera (html5-qrcode from WebJars) and submit
// the code it reads; typing the code in the form works without a camera.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var reader = document.getElementById('qr-reader');
    var button = document.getElementById('scan-start');
    var message = document.getElementById('scan-message');
    var form = document.getElementById('check-in-form');
    var input = document.getElementById('ticketCode');
    if (!reader || !button || !form || !input) {
      return;
    }
    if (typeof Html5Qrcode === 'undefined' || !navigator.mediaDevices) {
      button.hidden = true;
      message.textContent = reader.dataset.unavailable;
      input.focus();
      return;
    }
    var scanner = null;
    var scanning = false;
    function stop() {
      if (scanner && scanning) {
        scanning = false;
        button.textContent = reader.dataset.start;
        return scanner.stop().catch(function () { /* already stopped */ });
      }
      return Promise.resolve();
    }
    button.addEventListener('click', function () {
      if (scanning) {
        stop();
        return;
      }
      scanner = scanner || new Html5Qrcode('qr-reader');
      scanner.start({ facingMode: 'environment' }, { fps: 10, qrbox: 220 }, function (text) {
        stop().then(function () {
          input.value = text;
          form.submit();
        });
      }, function () { /* no code in this frame */ }).then(function () {
        scanning = true;
        button.textContent = reader.dataset.stop;
      }).catch(function () {
        message.textContent = reader.dataset.unavailable;
      });
    });
    input.focus();
  });
}());
