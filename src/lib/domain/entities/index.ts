// Every entity of the programme data and of staff accounts, by table.
import type { Entity } from '../entity.ts';
import { ARRANGEMENT } from './arrangement.ts';
import { COORDINATOR, COORDINATOR_LINK } from './coordinator.ts';
import { MEMBERSHIP } from './membership.ts';
import { SERVICE } from './service.ts';
import { STAFF, STAFF_INVITATION } from './staff.ts';

export { ARRANGEMENT, COORDINATOR, COORDINATOR_LINK, MEMBERSHIP, SERVICE, STAFF, STAFF_INVITATION };

export const ENTITIES: readonly Entity[] = [
	ARRANGEMENT,
	MEMBERSHIP,
	COORDINATOR,
	COORDINATOR_LINK,
	SERVICE,
	STAFF,
	STAFF_INVITATION
] as Entity[];
