package id.canting.certification.batikmark.internal;

import id.canting.registry.Technique;

/**
 * The colour of the Batikmark label, which tells a buyer the technique at a glance: gold for batik
 * tulis, silver for kombinasi, white for batik cap.
 */
public enum LabelColour {
	GOLD, SILVER, WHITE;

	public static LabelColour of(Technique technique) {
		return switch (technique) {
			case TULIS -> GOLD;
			case KOMBINASI -> SILVER;
			case CAP -> WHITE;
		};
	}
}
