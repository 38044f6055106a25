/*
 * Warns before leaving a page whose form (class "warn-unsaved") was changed and not saved.
 * Listens through jQuery on the document because PrimeFaces widgets announce changes with jQuery
 * events and Ajax updates replace the form's elements.
 * Save buttons call saving() when they start and saved(args) when they complete: a refused save
 * keeps the warning; a save that leads to another page (send for review) must not raise it.
 */
window.KoryuUnsaved = window.KoryuUnsaved || (function ($) {
    var changed = false;
    var leaving = false;

    $(document).on('input change', 'form.warn-unsaved :input', function () {
        changed = true;
    });

    window.addEventListener('beforeunload', function (event) {
        if (changed && !leaving) {
            event.preventDefault();
            event.returnValue = '';
        }
    });

    return {
        changed: function () {
            changed = true;
        },
        saving: function () {
            leaving = true;
        },
        saved: function (args) {
            leaving = false;
            if (!args || !args.validationFailed) {
                changed = false;
            }
        }
    };
})(jQuery);
