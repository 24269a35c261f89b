// Small browser helpers for Spd: theme preference, the idle timeout and the scan beep.
window.spd = {
    // Marks the page once the interactive circuit has rendered, for people's scripts and the browser tests.
    markInteractive: () => { document.documentElement.dataset.interactive = "true"; },
    theme: {
        isDark: () => localStorage.getItem("spd-theme") === "dark",
        set: (dark) => localStorage.setItem("spd-theme", dark ? "dark" : "light"),
    },
    // The handheld's answer to a scan: a short high tone when it was taken, a long low buzz when it was refused.
    beep: (ok) => {
        const Audio = window.AudioContext || window.webkitAudioContext;
        if (!Audio) {
            return;
        }
        const audio = window.spd.audio ??= new Audio();
        const tone = audio.createOscillator();
        const volume = audio.createGain();
        tone.type = ok ? "sine" : "square";
        tone.frequency.value = ok ? 1320 : 220;
        volume.gain.value = 0.2;
        tone.connect(volume).connect(audio.destination);
        tone.start();
        tone.stop(audio.currentTime + (ok ? 0.12 : 0.45));
    },
    idle: {
        timer: null,
        // Ends the session after the configured minutes without keyboard, mouse or touch input.
        start: (minutes) => {
            const form = document.getElementById("logout-form");
            if (!form || minutes <= 0) {
                return;
            }
            const reset = () => {
                clearTimeout(window.spd.idle.timer);
                window.spd.idle.timer = setTimeout(() => {
                    form.querySelector("input[name=reason]").value = "idle";
                    form.submit();
                }, minutes * 60000);
            };
            ["mousemove", "keydown", "mousedown", "touchstart", "scroll"].forEach(e => document.addEventListener(e, reset, { passive: true }));
            reset();
        },
    },
};
