/*
 * Job pages: refresh each unfinished job from its JSON status until it is done.
 * Without JavaScript the page's "Refresh" link does the same. Only textContent and
 * attributes are set, never HTML, so nothing from a file name or log can run.
 */
(function () {
  "use strict";

  var POLL_MS = 1000;
  var MAX_POLL_MS = 10000;

  function field(job, name) {
    return job.querySelector('[data-job-field="' + name + '"]');
  }

  function show(job, data) {
    var status = field(job, "status");
    if (status) {
      status.textContent = data.status_label;
      status.className = status.className.replace(/job-status--\S+/, "job-status--" + data.status);
    }
    var progress = field(job, "progress");
    if (progress) {
      progress.max = data.steps_total;
      var done = data.finished && data.status !== "failed" ? data.steps_total : data.steps_done;
      progress.value = done;
      progress.textContent = done + "/" + data.steps_total;
    }
    var log = field(job, "log");
    if (log && log.textContent !== data.log) {
      log.textContent = data.log;
    }
    var error = field(job, "error");
    if (error) {
      error.textContent = data.error;
      error.hidden = !data.error;
    }
    var documentBlock = field(job, "document");
    var link = field(job, "document-link");
    if (documentBlock && link && data.document_url) {
      link.href = data.document_url;
      link.textContent = data.document_title;
      documentBlock.hidden = false;
    }
    job.setAttribute("data-job-finished", data.finished ? "true" : "false");
  }

  function poll(job, wait) {
    var url = job.getAttribute("data-job-status-url");
    window.setTimeout(function () {
      fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) {
            throw new Error("status " + response.status);
          }
          return response.json();
        })
        .then(function (data) {
          show(job, data);
          if (!data.finished) {
            poll(job, POLL_MS);
          }
        })
        .catch(function () {
          // The server may be busy or restarting: try again, less often.
          poll(job, Math.min(wait * 2, MAX_POLL_MS));
        });
    }, wait);
  }

  document.querySelectorAll("[data-job-status-url]").forEach(function (job) {
    if (job.getAttribute("data-job-finished") !== "true") {
      poll(job, POLL_MS);
    }
  });
})();
