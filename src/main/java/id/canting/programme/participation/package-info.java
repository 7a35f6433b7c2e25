/**
 * Who takes part in a training or assistance programme: participants, sessions, attendance and
 * attendance certificates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programme participation")
package id.canting.programme.participation;
