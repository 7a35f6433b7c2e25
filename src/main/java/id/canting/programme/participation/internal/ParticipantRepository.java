package id.canting.programme.participation.internal;

import org.springframework.data.repository.CrudRepository;

interface ParticipantRepository extends CrudRepository<Participant, Long> {
}
