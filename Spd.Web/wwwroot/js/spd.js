// Small browser helpers for Spd: theme preference and the idle timeout.
window.spd = {
    // Marks the page once the interactive circuit has rendered, for people's scripts and the browser tests.
    markInteractive: () => { document.documentElement.dataset.interactive = "true"; },
    theme: {
        isDark: () => localStorage.getItem("spd-theme") === "dark",
        set: (dark) => localStorage.setItem("spd-theme", dark ? "dark" : "light"),
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
