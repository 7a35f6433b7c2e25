package id.canting.certification;

/**
 * Where an IKM stands with Batikmark, as other modules show it: it holds an ACTIVE certificate still
 * valid (CERTIFIED), has an application not yet decided (IN_PROCESS), or neither (NONE).
 */
public enum BatikmarkStanding {
	CERTIFIED, IN_PROCESS, NONE
}
