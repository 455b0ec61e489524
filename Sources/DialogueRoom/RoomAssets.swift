/// The room's one stylesheet and one script, served from the session's own address (the
/// content security policy allows nothing else). The pages work and print without the
/// script; it only applies the updates the stream sends and keeps the clocks going.
public enum RoomAssets {
    /// Large type for a wall five metres away, a readable phone, and print as flip-chart sheets.
    public static let css = """
        :root { --ink: #111; --paper: #fdfdf8; --dim: #555; --warn: #a15c00; --alert: #b00020; --line: #ccc; }
        * { box-sizing: border-box; }
        html { background: var(--paper); color: var(--ink); font-family: system-ui, "Segoe UI", Roboto, Arial, sans-serif; }
        body { margin: 0; padding: 1.5vw 2.5vw; line-height: 1.25; }
        .where { display: flex; flex-wrap: wrap; gap: 0 2em; justify-content: space-between; color: var(--dim); font-size: 1.4rem; }
        .where .paused { color: var(--warn); font-weight: bold; }
        h1.step { margin: .3em 0 .2em; font-size: 2.4rem; }
        .turn, .listening { margin: .2em 0; font-size: 1.5rem; }
        .label { color: var(--dim); }
        .small { color: var(--dim); font-size: .8em; }
        .prompt { margin: .5em 0; padding: .3em .6em; border-left: .3em solid var(--ink); font-size: 1.9rem; font-weight: 600; }
        .clocks { display: flex; gap: 2em; align-items: baseline; float: right; margin-left: 1em; }
        .countdown { margin: 0; font-variant-numeric: tabular-nums; font-size: 1.4rem; }
        .countdown .value { font-size: 2.6rem; font-weight: bold; }
        .countdown.warn .value { color: var(--warn); }
        .countdown.alert .value, .countdown.over .value { color: var(--alert); }
        .chart, .tables { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; margin-top: 1rem; }
        .person, .table { border: 2px solid var(--line); border-radius: .4rem; padding: .4rem .8rem; background: #fff; }
        .person h2, .table h2 { margin: .1em 0; font-size: 1.5rem; }
        .person li, .cloth li { font-size: 1.4rem; margin: .2em 0; }
        .topic { font-weight: 600; font-size: 1.3rem; margin: .2em 0; }
        .host, .members { margin: .2em 0; color: var(--dim); }
        .who { font-weight: bold; }
        .agreements li, .scores li { font-size: 1.4rem; margin: .3em 0; }
        .phones { clear: both; display: flex; flex-wrap: wrap; gap: 1.5em; align-items: center; margin-top: 1rem; }
        .phones svg { width: 14rem; height: 14rem; background: #fff; }
        .phones .link { font-family: ui-monospace, monospace; font-size: 1rem; word-break: break-all; max-width: 40rem; }
        .sheets { display: none; }
        body.room { font-size: clamp(16px, 1.6vw, 40px); }
        body.room .where { font-size: .8em; }
        body.room h1.step { font-size: 1.9em; }
        body.room .prompt { font-size: 1.6em; }
        body.room .turn, body.room .listening { font-size: 1.15em; }
        body.room .countdown { font-size: .9em; }
        body.room .countdown .value { font-size: 2em; }
        body.room .chart, body.room .tables { grid-template-columns: repeat(auto-fill, minmax(15em, 1fr)); gap: .6em; }
        body.room .person h2, body.room .table h2 { font-size: 1.1em; }
        body.room .person li, body.room .cloth li, body.room .agreements li, body.room .scores li { font-size: 1em; }
        body.room .topic { font-size: 1em; }
        body.room .phones svg { width: 12em; height: 12em; }
        body.notes, body.phone { font-size: 17px; max-width: 48rem; margin: 0 auto; }
        body.notes h1.step, body.phone h1.step { font-size: 1.5rem; }
        body.notes .prompt, body.phone .prompt { font-size: 1.15rem; }
        body.notes .turn, body.notes .listening, body.phone .turn { font-size: 1rem; }
        body.notes .clocks { float: none; }
        body.notes .countdown .value { font-size: 1.4rem; }
        label { display: block; margin: .4em 0; font-weight: 600; }
        select, textarea, button { font: inherit; }
        select, textarea { display: block; width: 100%; margin-top: .2em; padding: .4em; border: 1px solid #888; border-radius: .3em; background: #fff; }
        button { padding: .45em 1em; border: 1px solid #333; border-radius: .3em; background: #eee; cursor: pointer; }
        form.inline { display: inline; }
        form.inline button { padding: .1em .5em; font-size: .85em; }
        .recorded li { margin: .3em 0; }
        .recorded .id { color: var(--dim); }
        #said { min-height: 1.3em; color: var(--dim); }
        .scale { display: flex; flex-wrap: wrap; gap: .4em; }
        .scale button { min-width: 3em; min-height: 3em; font-size: 1.2em; }
        .grades > li { margin: .8em 0; }
        .grades .item { font-weight: 600; margin: .2em 0; }
        .names button { display: block; width: 100%; text-align: left; padding: .7em; margin: .3em 0; font-size: 1.2em; }
        @media print {
          @page { size: A4 landscape; margin: 12mm; }
          html, body { background: #fff; }
          body { padding: 0; font-size: 14pt; }
          #live, .desk, #said { display: none; }
          .sheets { display: block; }
          .sheet { break-after: page; page-break-after: always; }
          .sheet:last-child { break-after: auto; page-break-after: auto; }
          .sheet h1 { font-size: 26pt; margin: 0 0 .3em; }
          .sheet h2 { font-size: 18pt; margin: .6em 0 .2em; }
          .sheet li { font-size: 16pt; margin: .15em 0; }
        }

        """

    /// Applies each streamed view to the live part, keeps the clocks counting down, and
    /// sends forms without leaving the page.
    public static let script = """
        "use strict";
        (function () {
          var live = document.getElementById("live");
          if (!live) { return; }
          var shown = Date.now();
          var turn = null;
          function tick() {
            var gone = (Date.now() - shown) / 1000;
            var clocks = live.querySelectorAll(".countdown");
            for (var i = 0; i < clocks.length; i++) {
              var clock = clocks[i];
              var left = Number(clock.getAttribute("data-left"));
              var total = Number(clock.getAttribute("data-total"));
              if (clock.getAttribute("data-running") === "1") { left -= gone; }
              var whole = Math.round(left), sign = whole < 0 ? "-" : "", value = Math.abs(whole);
              var text = sign + String(Math.floor(value / 60)).padStart(2, "0") + ":" + String(value % 60).padStart(2, "0");
              var face = clock.querySelector(".value");
              if (face && face.textContent !== text) { face.textContent = text; }
              var level = left < 0 ? "over" : (total > 0 && left <= total * 0.05 ? "alert" : (total > 0 && left <= total * 0.2 ? "warn" : "calm"));
              clock.className = clock.className.replace(/\\b(calm|warn|alert|over)\\b/, level);
            }
          }
          function choose(select, value) {
            if (!select) { return; }
            for (var i = 0; i < select.options.length; i++) {
              if (select.options[i].value === value) { select.value = value; return; }
            }
          }
          function apply(view) {
            live.innerHTML = view.html;
            shown = Date.now();
            var form = document.getElementById("note-form");
            if (form && view.turn !== undefined && view.turn !== turn) {
              turn = view.turn;
              choose(form.elements.person, view.speaker);
              var prompt = form.elements.prompt;
              if (prompt) {
                while (prompt.options.length > 1) { prompt.remove(1); }
                for (var i = 0; i < view.prompts.length; i++) {
                  var option = document.createElement("option");
                  option.value = view.prompts[i][0];
                  option.textContent = view.prompts[i][1].slice(0, 80);
                  prompt.appendChild(option);
                }
                choose(prompt, view.prompt);
              }
            }
            tick();
          }
          var events = live.getAttribute("data-events");
          if (events && window.EventSource) {
            var source = new EventSource(events);
            source.addEventListener("view", function (event) {
              try { apply(JSON.parse(event.data)); } catch (error) { }
            });
          }
          document.addEventListener("submit", function (event) {
            var form = event.target;
            if (!form.classList || !form.classList.contains("live-form") || !window.fetch) { return; }
            event.preventDefault();
            var body = new URLSearchParams(new FormData(form, event.submitter || null));
            var said = document.getElementById("said");
            fetch(form.getAttribute("action"), {
              method: "POST", body: body, headers: { "Accept": "application/json" }
            }).then(function (response) { return response.json(); }).then(function (answer) {
              if (said) { said.textContent = (answer.ok ? "✓ " : "? ") + answer.message; }
              if (answer.ok && form.elements.text && form.id === "note-form") { form.elements.text.value = ""; form.elements.text.focus(); }
              if (answer.ok && form.elements.action && form.elements.action.value === "edit") { window.location.href = "notes"; }
            }).catch(function () {
              if (said) { said.textContent = "?"; }
            });
          });
          setInterval(tick, 250);
          tick();
        })();

        """
}
