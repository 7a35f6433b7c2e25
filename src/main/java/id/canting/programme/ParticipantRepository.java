package id.canting.programme;

import org.springframework.data.repository.CrudRepository;

interface ParticipantRepository extends CrudRepository<Participant, Long> {
}
