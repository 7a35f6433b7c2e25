package id.canting.shared;

/**
 * What a signed-in person does in Canting (DESIGN.md, "Who uses it"): ministry staff (ADMIN),
 * provincial officers (OFFICER, scoped to one province), IKM owners (IKM_OWNER, scoped to their
 * IKM), the certification body (ASSESSOR) and buyers (BUYER).
 */
public enum Role {
	ADMIN, OFFICER, IKM_OWNER, ASSESSOR, BUYER
}
