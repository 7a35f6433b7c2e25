/**
 * The organisers' dashboard of an event and its report after the event: registrations and attendance
 * per session (fill rate against capacity), exhibitors by province, kind and product category,
 * women-owned exhibitors and prison units; as a page, as JSON (the event's summary under {@code /api/v1/events})
 * and as a PDF or XLSX report. It owns no tables: it composes the figures of the event's other rooms
 * (registrations, exhibitors) read through the two small interfaces in {@code internal/}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Event dashboard and report")
package id.canting.event.report;
