/*
 * Warns before leaving a form with unsaved changes. Forms opt in with the class "guard-unsaved";
 * their save buttons call Koryu.saved(formId) once the server accepted the save, so only work
 * that would really be lost triggers the browser's "leave this page?" question.
 */
var Koryu = Koryu || {};
(function () {
    var dirty = {};

    Koryu.saved = function (formId) {
        dirty[formId] = false;
    };

    Koryu.dirty = function (formId) {
        dirty[formId] = true;
    };

    Koryu.hasUnsavedChanges = function () {
        return Object.keys(dirty).some(function (id) {
            return dirty[id] && document.getElementById(id) !== null;
        });
    };

    function mark(event) {
        var form = event.target && event.target.closest ? event.target.closest('form.guard-unsaved') : null;
        if (form) {
            dirty[form.id] = true;
        }
    }

    document.addEventListener('input', mark, true);
    document.addEventListener('change', mark, true);
    window.addEventListener('beforeunload', function (event) {
        if (Koryu.hasUnsavedChanges()) {
            event.preventDefault();
            event.returnValue = '';
            return '';
        }
    });
})();
