package id.canting.matching;

/** Which side of the table a participant sits on: a buyer or a seller (an IKM). */
public enum ParticipantSide {
	BUYER, SELLER;

	/** The side a participant of this side meets. */
	public ParticipantSide opposite() {
		return this == BUYER ? SELLER : BUYER;
	}
}
