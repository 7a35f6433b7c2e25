/**
 * Notifications: an outbox of e-mail messages written in the same transaction as the change they
 * tell of, delivered by a scheduled sender through the SMTP server of the standard
 * {@code spring.mail.*} properties, retried with backoff and safe on several nodes; admins see
 * what waits, what was sent and what failed. Other modules enqueue through {@link
 * id.canting.notification.Outbox}; this module also writes the messages of application status
 * changes from the other modules' events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package id.canting.notification;
