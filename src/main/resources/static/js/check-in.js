// The check-in page: reads QR codes with the camera or from a photo (jsQR), sends them like the code form,
// and refreshes the counts and the latest check-ins every second, so that every door shows the same state.
(function () {
    "use strict";
    var result = document.getElementById("check-in-result");
    var counts = document.getElementById("check-in-counts");
    var latest = document.getElementById("check-in-latest");
    var form = document.getElementById("code-form");
    var scanner = document.getElementById("scanner");
    if (!result || !counts || !form || !scanner) {
        return;
    }
    var etag = null;
    var lastCode = null;
    var lastAt = 0;

    function show(kind, text) {
        var alert = document.createElement("div");
        alert.className = "kern-alert kern-alert--" + kind;
        var header = document.createElement("div");
        header.className = "kern-alert__header";
        var icon = document.createElement("span");
        icon.className = "kern-icon kern-icon--" + kind;
        icon.setAttribute("aria-hidden", "true");
        var title = document.createElement("span");
        title.className = "kern-title";
        title.textContent = text;
        header.append(icon, title);
        alert.append(header);
        result.replaceChildren(alert);
    }

    function refresh() {
        var headers = {"Accept": "application/json"};
        if (etag) {
            headers["If-None-Match"] = etag;
        }
        return fetch(counts.dataset.board, {headers: headers, credentials: "same-origin"}).then(function (response) {
            if (response.status !== 200) {
                return;
            }
            etag = response.headers.get("ETag");
            return response.json().then(draw);
        }).catch(function () { /* the next round tries again */ });
    }

    function draw(board) {
        counts.querySelector("[data-count=checkedIn]").textContent = board.checkedIn;
        counts.querySelector("[data-count=registered]").textContent = board.registered;
        var free = counts.querySelector("[data-count=free]");
        free.textContent = board.free === null ? free.dataset.unlimited : board.free;
        var items = board.latest.map(function (entry) {
            var item = document.createElement("li");
            item.textContent = entry.time + " – " + entry.name + (entry.people > 1 ? " (+" + (entry.people - 1) + ")" : "")
                + (entry.door ? " – " + entry.door : "");
            return item;
        });
        if (items.length === 0) {
            var none = document.createElement("li");
            none.textContent = latest.dataset.none;
            items.push(none);
        }
        latest.replaceChildren.apply(latest, items);
    }

    function send(code) {
        var data = new FormData(form);
        data.set("code", code);
        return fetch(form.action, {method: "POST", body: new URLSearchParams(data), credentials: "same-origin",
            headers: {"Accept": "application/json"}}).then(function (response) {
            if (!response.ok) {
                throw new Error(String(response.status));
            }
            return response.json();
        }).then(function (answer) {
            show(answer.kind, answer.text);
            return refresh();
        }).catch(function () {
            show("danger", scanner.dataset.failed);
        });
    }

    function found(code) {
        var now = Date.now();
        // A code held in front of the camera is read many times a second: send it once.
        if (code === lastCode && now - lastAt < 3000) {
            return;
        }
        lastCode = code;
        lastAt = now;
        send(code);
    }

    function read(source, width, height) {
        var canvas = document.createElement("canvas");
        canvas.width = width;
        canvas.height = height;
        var context = canvas.getContext("2d", {willReadFrequently: true});
        context.drawImage(source, 0, 0, width, height);
        var qr = window.jsQR(context.getImageData(0, 0, width, height).data, width, height,
            {inversionAttempts: "dontInvert"});
        return qr ? qr.data : null;
    }

    form.addEventListener("submit", function (event) {
        event.preventDefault();
        var input = form.querySelector("[name=code]");
        send(input.value).then(function () {
            input.value = "";
        });
    });

    if (window.jsQR) {
        scanner.hidden = false;
    }
    var video = document.getElementById("camera");
    var start = document.getElementById("camera-start");
    var stop = document.getElementById("camera-stop");
    var stream = null;

    function frame() {
        if (!stream) {
            return;
        }
        if (video.readyState >= 2 && video.videoWidth > 0) {
            var code = read(video, video.videoWidth, video.videoHeight);
            if (code) {
                found(code);
            }
        }
        window.setTimeout(frame, 150);
    }

    function stopCamera() {
        if (stream) {
            stream.getTracks().forEach(function (track) { track.stop(); });
        }
        stream = null;
        video.hidden = true;
        stop.hidden = true;
        start.hidden = false;
        start.focus();
    }

    start.addEventListener("click", function () {
        if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
            show("danger", scanner.dataset.noCamera);
            return;
        }
        navigator.mediaDevices.getUserMedia({video: {facingMode: "environment"}, audio: false}).then(function (media) {
            stream = media;
            video.srcObject = media;
            video.hidden = false;
            start.hidden = true;
            stop.hidden = false;
            stop.focus();
            return video.play();
        }).then(frame).catch(function () {
            show("danger", scanner.dataset.noCamera);
        });
    });
    stop.addEventListener("click", stopCamera);

    document.getElementById("code-photo").addEventListener("change", function (event) {
        var file = event.target.files[0];
        if (!file) {
            return;
        }
        createImageBitmap(file).then(function (image) {
            var code = read(image, image.width, image.height);
            if (code) {
                lastCode = null;
                found(code);
            } else {
                show("danger", scanner.dataset.noCode);
            }
            event.target.value = "";
        }).catch(function () {
            show("danger", scanner.dataset.noCode);
        });
    });

    window.setInterval(refresh, 1000);
})();
