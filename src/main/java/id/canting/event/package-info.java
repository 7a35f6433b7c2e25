/**
 * Events of the ministry for the batik sector — Hari Batik Nasional, exhibitions, trade missions,
 * training events — with their sessions (FGD, workshops, talks, business-matching blocks, the
 * opening). Other modules read events through {@link id.canting.event.Events} and react to the
 * published events ({@link id.canting.event.EventCreated}, {@link id.canting.event.EventStatusChanged},
 * {@link id.canting.event.SessionAdded}, …). The rest is in {@code internal/} and {@code web/}.
 *
 * <p>Who sees what: public pages and the anonymous API show events that are PUBLISHED, RUNNING or
 * CLOSED ({@link id.canting.event.EventStatus#isPublic()}); registration for a session is open only
 * while the event is PUBLISHED or RUNNING and the session has not started
 * ({@link id.canting.event.EventStatus#takesRegistrations()}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events")
package id.canting.event;
