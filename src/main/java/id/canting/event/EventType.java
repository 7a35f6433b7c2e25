package id.canting.event;

/** What kind of gathering an event is. */
public enum EventType {
	NATIONAL_DAY, EXHIBITION, TRADE_MISSION, TRAINING_EVENT
}
