package id.canting.registry.internal;

import static id.canting.registry.IkmInputs.aValidIkm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.canting.registry.IkmDetails;
import id.canting.registry.IkmId;
import id.canting.registry.IkmInputs;
import id.canting.registry.IkmRules;
import id.canting.registry.Technique;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.Role;

/** Which of an owner's changes wait for the office, and how a proposed change applies: no Spring. */
class IkmReviewPolicyTest {

	private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
	private static final IkmId IKM = new IkmId(5);

	@Test
	void everyFieldOfAnIkmIsEitherReviewedOrChangedDirectly() {
		Set<String> fields = new HashSet<>(Arrays.stream(IkmDetails.class.getRecordComponents())
			.map(RecordComponent::getName).toList());
		Set<String> classified = new HashSet<>(IkmReviewPolicy.REVIEWED);
		classified.addAll(IkmReviewPolicy.DIRECT);
		assertThat(classified).isEqualTo(fields);
		assertThat(IkmReviewPolicy.REVIEWED).doesNotContainAnyElementsOf(IkmReviewPolicy.DIRECT);
	}

	@Test
	void identityAndEveryFieldBehindAPublishedFigureGoToReview() {
		assertThat(IkmReviewPolicy.REVIEWED).contains("nib", "regencyCode", "sentraId", "kind", "techniques",
				"categories", "dyes", "workersMale", "workersFemale", "capacityPerMonth", "investmentIdr",
				"yearFounded", "ownerGender");
		assertThat(IkmReviewPolicy.DIRECT).containsExactlyInAnyOrder("name", "ownerName", "address", "phone", "email");
	}

	@Test
	void onlyTheOwnersChangesAreReviewed() {
		assertThat(IkmReviewPolicy.reviewsChangesBy(owner(5), IKM)).isTrue();
		assertThat(IkmReviewPolicy.reviewsChangesBy(owner(6), IKM)).isFalse();
		assertThat(IkmReviewPolicy.reviewsChangesBy(new Actor("officer.33", Role.OFFICER, "33", Set.of()), IKM)).isFalse();
		assertThat(IkmReviewPolicy.reviewsChangesBy(Actor.SYSTEM, IKM)).isFalse();
	}

	@Test
	void descriptiveFieldsApplyAtOnceAndReviewedOnesAreSetAside() {
		IkmDetails current = IkmRules.check(aValidIkm());
		IkmDetails wanted = IkmRules.check(IkmInputs.withWorkersAndInvestment(IkmInputs.withName(aValidIkm(), "Batik Baru"),
				20, 6, 150_000_000L));
		IkmReviewPolicy.Split split = IkmReviewPolicy.split(current, wanted);
		assertThat(split.direct().name()).isEqualTo("Batik Baru");
		assertThat(split.direct().workersMale()).isEqualTo(current.workersMale());
		assertThat(split.reviewed()).containsExactly("workersMale");
	}

	@Test
	void aChangeOfOnlyDescriptiveFieldsHasNothingToReview() {
		IkmDetails current = IkmRules.check(aValidIkm());
		IkmDetails wanted = IkmRules.check(IkmInputs.withName(aValidIkm(), "Batik Baru"));
		assertThat(IkmReviewPolicy.split(current, wanted).reviewed()).isEmpty();
	}

	@Test
	void reviewedFieldsAreListedInTheFormsOrder() {
		IkmDetails current = IkmRules.check(aValidIkm());
		IkmDetails wanted = IkmRules.check(IkmInputs.withWorkersAndInvestment(
				IkmInputs.withNib(IkmInputs.withTechniques(aValidIkm(), List.of("CAP")), "9120000000002"), 3, 7,
				200_000_000L));
		assertThat(IkmReviewPolicy.split(current, wanted).reviewed())
			.containsExactly("nib", "techniques", "workersMale", "workersFemale", "investmentIdr");
	}

	@Test
	void acceptingAppliesOnlyTheFieldsTheOwnerChangedOntoTheIkmAsItIsThen() {
		IkmDetails proposedOn = IkmRules.check(aValidIkm());
		IkmDetails wanted = IkmRules.check(IkmInputs.withWorkersAndInvestment(aValidIkm(), 20, 6, 150_000_000L));
		IkmChange change = IkmChange.propose(IKM, wanted, List.of("workersMale"), "owner", NOW);
		// meanwhile an officer corrected the investment and the owner the name
		IkmDetails now = IkmRules.check(IkmInputs.withWorkersAndInvestment(IkmInputs.withName(aValidIkm(), "Batik Baru"),
				2, 6, 400_000_000L));
		IkmDetails applied = change.appliedTo(now);
		assertThat(applied.workersMale()).isEqualTo(20);
		assertThat(applied.investmentIdr()).isEqualTo(400_000_000L);
		assertThat(applied.name()).isEqualTo("Batik Baru");
		assertThat(change.changesFrom(proposedOn)).extracting(c -> c.field() + ":" + c.oldValue() + ">" + c.newValue())
			.containsExactly("workersMale:2>20");
	}

	@Test
	void theDiffShowsTheIkmsValueBesideTheProposedOne() {
		IkmDetails current = IkmRules.check(aValidIkm());
		IkmDetails wanted = IkmRules.check(IkmInputs.withTechniques(aValidIkm(), List.of("CAP", "TULIS")));
		IkmChange change = IkmChange.propose(IKM, wanted, List.of("techniques"), "owner", NOW);
		assertThat(change.against(current)).singleElement().satisfies(v -> {
			assertThat(v.field()).isEqualTo("techniques");
			assertThat(v.current()).isEqualTo(Set.of(Technique.TULIS));
			assertThat(v.proposed()).isEqualTo(Set.of(Technique.TULIS, Technique.CAP));
		});
	}

	@Test
	void theSameProposalSentAgainIsRecognised() {
		IkmDetails wanted = IkmRules.check(IkmInputs.withWorkersAndInvestment(aValidIkm(), 20, 6, 150_000_000L));
		IkmChange change = IkmChange.propose(IKM, wanted, List.of("workersMale"), "owner", NOW);
		assertThat(change.proposesTheSame(wanted, List.of("workersMale"))).isTrue();
		IkmDetails other = IkmRules.check(IkmInputs.withWorkersAndInvestment(aValidIkm(), 21, 6, 150_000_000L));
		assertThat(change.proposesTheSame(other, List.of("workersMale"))).isFalse();
	}

	@Test
	void onlyAPendingChangeIsDecided() {
		IkmDetails wanted = IkmRules.check(IkmInputs.withWorkersAndInvestment(aValidIkm(), 20, 6, 150_000_000L));
		IkmChange change = IkmChange.propose(IKM, wanted, List.of("workersMale"), "owner", NOW);
		change.returnToOwner("Lampirkan daftar pekerja", "33", "officer.33", NOW);
		assertThat(change.status()).isEqualTo(IkmChangeStatus.RETURNED);
		assertThat(change.returnedReason()).isEqualTo("Lampirkan daftar pekerja");
		assertThatThrownBy(() -> change.accept("33", "officer.33", NOW)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> change.withdraw(false, "33", "owner", NOW)).isInstanceOf(ConflictException.class);
	}

	private static Actor owner(long ikm) {
		return new Actor("owner", Role.IKM_OWNER, null, Set.of(ikm));
	}
}
