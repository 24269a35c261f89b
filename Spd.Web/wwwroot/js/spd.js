// Small browser helpers for Spd: theme preference, the idle timeout and the handheld's scan tones.
window.spd = {
    // Marks the page once the interactive circuit has rendered, for people's scripts and the browser tests.
    markInteractive: () => { document.documentElement.dataset.interactive = "true"; },
    theme: {
        isDark: () => localStorage.getItem("spd-theme") === "dark",
        set: (dark) => localStorage.setItem("spd-theme", dark ? "dark" : "light"),
    },
    // A scan's result by ear, for keepers who look at the goods and not at the screen: one high tone when
    // it was taken, two low ones when it was refused. Without audio the screen's colour still tells.
    beep: (ok) => {
        try {
            const audio = window.spd.audio ??= new AudioContext();
            const tones = ok ? [[880, 0]] : [[220, 0], [220, 0.2]];
            for (const [frequency, start] of tones) {
                const oscillator = audio.createOscillator();
                const gain = audio.createGain();
                oscillator.frequency.value = frequency;
                gain.gain.value = 0.15;
                oscillator.connect(gain).connect(audio.destination);
                oscillator.start(audio.currentTime + start);
                oscillator.stop(audio.currentTime + start + 0.12);
            }
        } catch {
            // No audio device or not allowed yet.
        }
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
