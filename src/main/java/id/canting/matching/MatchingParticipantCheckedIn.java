package id.canting.matching;

import java.time.Instant;

import id.canting.event.EventCode;

/** A participant arrived at the business matching on the day (the organiser's desk checked them in). */
public record MatchingParticipantCheckedIn(EventCode eventCode, MatchingParticipantId participant, String company,
		String provinceCode, Instant at, String by) {
}
