/* Marketer chat: send a message and render the reply as it streams (server-sent events over
 * fetch). Without JavaScript, or when the stream is refused, the form posts normally. */
(function () {
  "use strict";
  /* Help examples: a click puts the example in the message box (or, while a goal change of
   * yours waits, in the amend box) without sending it. */
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button[data-fill]") : null;
    if (!button) { return; }
    var chat = document.getElementById("chat-form");
    var box = chat && !chat.hidden ? document.getElementById("chat-text")
      : document.querySelector("#amend-form input[name=text]");
    if (!box) { return; }
    box.value = button.getAttribute("data-fill");
    box.focus();
  });
  var form = document.getElementById("chat-form");
  if (!form || !window.fetch || !window.TextDecoder) { return; }
  var list = document.getElementById("messages");
  var slot = document.getElementById("pending-slot");
  var status = document.getElementById("chat-status");
  var button = document.getElementById("send");
  var text = document.getElementById("chat-text");
  var meta = document.querySelector('meta[name="csrf-token"]');

  function append(html) {
    var holder = document.createElement("ol");
    holder.innerHTML = html; /* rendered and escaped by the server's templates */
    while (holder.firstElementChild) { list.appendChild(holder.firstElementChild); }
    list.lastElementChild && list.lastElementChild.scrollIntoView({ block: "nearest" });
  }

  function handle(name, data) {
    if (name === "message") {
      append(data.html);
    } else if (name === "done") {
      status.textContent = "";
      if (data.pending) {
        slot.innerHTML = data.html;
        form.hidden = true;
        slot.scrollIntoView({ block: "start" });
      } else {
        button.disabled = false;
        text.focus();
      }
      form.dataset.state = "idle";
    } else if (name === "error") {
      status.textContent = data.message;
      button.disabled = false;
      form.dataset.state = "idle";
    }
  }

  function parse(chunk) {
    var name = "message";
    var data = "";
    chunk.split("\n").forEach(function (line) {
      if (line.indexOf("event: ") === 0) { name = line.slice(7); }
      else if (line.indexOf("data: ") === 0) { data += line.slice(6); }
    });
    if (data) { handle(name, JSON.parse(data)); }
  }

  form.addEventListener("submit", function (event) {
    if (!text.value.trim()) { return; }
    event.preventDefault();
    button.disabled = true;
    form.dataset.state = "streaming";
    status.textContent = "nextbest is answering…";
    var body = new URLSearchParams(new FormData(form));
    var started = false;
    fetch(form.dataset.stream, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "X-CSRF-Token": meta ? meta.content : "", "Accept": "text/event-stream" }
    }).then(function (response) {
      var type = response.headers.get("content-type") || "";
      if (!response.ok || type.indexOf("text/event-stream") !== 0 || !response.body) {
        form.submit(); /* let the server answer with its page (and its message) */
        return;
      }
      started = true;
      text.value = "";
      var reader = response.body.getReader();
      var decoder = new TextDecoder();
      var buffer = "";
      function pump() {
        return reader.read().then(function (step) {
          if (step.done) {
            if (buffer.trim()) { parse(buffer); }
            return;
          }
          buffer += decoder.decode(step.value, { stream: true });
          var cut;
          while ((cut = buffer.indexOf("\n\n")) >= 0) {
            parse(buffer.slice(0, cut));
            buffer = buffer.slice(cut + 2);
          }
          return pump();
        });
      }
      return pump();
    }).catch(function () {
      if (started) { /* the turn ran on the server: show it as stored */
        window.location.reload();
      } else {
        status.textContent = "The connection failed; sending without streaming…";
        form.submit();
      }
    });
  });
}());
