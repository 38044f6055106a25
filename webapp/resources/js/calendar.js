/*
 * Options of the event calendar that p:schedule has no attribute for (its "extender" calls this).
 * Japanese writes a time range with a wave dash ("10:00～16:00"); FullCalendar's " - " costs a narrow
 * month cell three characters of the title and reads as a minus.
 */
window.koryuCalendarOptions = function () {
    this.cfg.options.defaultRangeSeparator = '～';
};
