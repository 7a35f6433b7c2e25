package id.canting.programme.application.internal;

import java.time.LocalDate;

/** What the programme delivered or paid to an approved applicant, and on which day. */
public record Realisation(LocalDate realisedOn, long amountIdr, String note) {
}
