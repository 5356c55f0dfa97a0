// The migrations the baseline replaced. Until December 2026 supabase/migrations/ held 35 files, most of them
// later versions of functions an earlier file had made; they were squashed by hand into one file per concern
// (supabase/migrations/20261203900000_… to 20261203900900_…), which make the same schema (pg_dump and the
// catalogue compare equal: scripts/testing/migration-baseline.test.ts). The product had only demo data then.
// A database that applied exactly the old files is at the baseline: the embedded database records the
// baseline as applied without running it (adoptBaseline, below). For Supabase projects, README.md says how to
// repair the migration history.

/** The last commit with the old files, for tests that build a database the old way (git show). */
export const PRE_BASELINE_COMMIT = '7466c97ac6f66d51de9e767fc09eed6286e97ce1';

/** The first and last files of the baseline: every migration from the first to the last is part of it. */
export const BASELINE_RANGE = ['20261203900000_auth_shim.sql', '20261203900900_error_reports.sql'] as const;

/** The old files, by name and SHA-256 of their text, as the embedded database recorded them. */
export const PRE_BASELINE_MIGRATIONS: ReadonlyArray<readonly [name: string, hash: string]> = [
	['20260101000000_auth_shim.sql', 'f7df4356ff8569ac2575221282235664ef664cb33977856ef2be33e69ed85c37'],
	['20260101000100_reference_data.sql', '7faa2fccdb3ab59f9f6ebb2c9d6e12f636c04c924aad7981234963cd8c5cd202'],
	['20260101000200_programme_data.sql', 'c468fb6e29a61a7aba74d72a19a05e5a1989db251dab36c4974b4c3967340016'],
	['20260101000300_derived.sql', '4eac9d9af3bde3c384f3698a0f737552921339d0148c590cf14e8594d521acac'],
	['20260101000400_public_snapshot.sql', '9961523dc8445ab30a055b1ee0366e83b6df45c0dcb9be85b9b80fa73ed9fcb8'],
	['20260101000500_editing.sql', '000b73f345849401fd2892ea92495f37098749958b97ec144268a18e452a5845'],
	[
		'20260101000600_coordinator_editing.sql',
		'5ed998aedd56a56d31f3d946f6f377d8e26a748f299bf39390b62e26380f320c'
	],
	['20260101000700_timeline.sql', 'cebce4baf1f9fb639e6dd86def2b58d2278c9ee2781e980d24fcafc4cfdb258d'],
	['20260101000800_phase_changes.sql', '4806a3971029e7fd85f80cd00961bc1be75a9a5969941b645437a836ffbaf0f5'],
	['20260101000900_import.sql', '0cc7953f18b619ea90bdba70ab7dbd5c9b7429e9787ba71f49057e43579a4776'],
	['20260101001000_service_editing.sql', '76b49f0aac10ba21572f336a2a33aa4e704bceabe9ed2f3e7078a60750ddba93'],
	['20260101001100_staff_admin.sql', 'f965f5972ae3ff91ad0a0087a7033d599435e9c1d6e02a32e036d3b24b285a69'],
	['20261201100000_staff_sessions.sql', '647c50f40c01c443baf8c538e204663937784ead7662e8f391b2470721505fb1'],
	['20261201200000_private_columns.sql', 'c25f5e26f7dea7e6573fe04c050800010ab4d528bf173db273b9ce6fc49dd64b'],
	['20261201200100_server_stamps.sql', 'ec3e791390a540501c9db4ef6219e1ebc4761cbd45b19882b1c5ddbb81cdb733'],
	['20261201200200_one_admin.sql', 'a55c2a4876cf7f1386248c80561d56f49ab38a83e6d07888ca3a37597bb4a46d'],
	['20261201200300_advisor_fixes.sql', '7489b9fb5229031f55eb196010680bd9f38a213c768b78ef34513645319e8a5e'],
	['20261201200400_undo.sql', 'e83188d9d7195efcd70cc43a4b170bb4146d0ba0ebfc6bc99b22c8a3beadcd85'],
	['20261201300000_printable_text.sql', 'e39132c340a592e372ee0dadb8b592c0cf5666149adcfe4bbd55be4eb17aa46d'],
	[
		'20261201300100_import_confirmed_removals.sql',
		'8f3168ea363356da7ad03d70bdab6f4f4d90db76cb88c6723d8fa2bb32663519'
	],
	['20261201400000_history.sql', 'f424470b24ec8a98ca2f50f610dad46941bd47a076120645b1935b11b26903c2'],
	['20261201400100_staff_lists.sql', '143638b91edf1cc02a99cac7ed89ef3f024ad357d1134cc6014244c00859ba2e'],
	['20261201400200_membership_clash.sql', '41cc51aa2dbe7210be3f18b8920f219ad3ea7b6fbb096a5cdae37bad4b2a5569'],
	['20261201500000_error_reports.sql', 'bac6e2dc49ff63114651ee14682669c53192654bf8ba056d3badec33ec1445ac'],
	['20261201500100_open_data.sql', '2f0534170b5161a419ca631699cfc8cd7cda31d8b45f1573f0325e331ed91ad9'],
	[
		'20261201700000_timeline_populations.sql',
		'87d02afa4c569251a2c54bedb47c3975786e77af4d69736860317a83bda8d1e7'
	],
	[
		'20261202100000_named_constraints.sql',
		'f12936505942cf55a9e4ca2350a3100f591c6226cf38fd4e2c0d274457282328'
	],
	[
		'20261202110000_phase_and_status_codes.sql',
		'9e14da79057652301adf7f179f9eeb7a263ef3b60e19dcab44e271be1692f5b5'
	],
	['20261202120000_unchanged_save.sql', '7da612c12de604224c4c9e3dea26a443f57964b304ae6f45d5da371cc111d528'],
	[
		'20261202130000_municipality_history.sql',
		'fde9a30fc41e673aa05fb6e82eaf6ed02b4e9b5fa8cc20e519107183008ebd99'
	],
	[
		'20261202170000_temporary_passwords.sql',
		'51f4f99ad6aabd4f20f30af1e33ced15a3c4d79a6906f26849540a4035f60102'
	],
	['20261202170100_staff_only_rows.sql', '908757fa61ea78ada57d57c8096c574c5c9758cc0bb010893e59987fbc1605d6'],
	[
		'20261202170200_membership_schedule.sql',
		'312bd84ad7d69811c29fdaf32ebc8a839c989980518f36e1b176372e87e84a87'
	],
	['20261203100000_lock_for_save.sql', '9d4e75836226b8c6ace573090c3dd9174d045b785143ce67ed85622a6f1befc0'],
	[
		'20261203300000_municipality_details.sql',
		'de04ee89e5ed1b51fd9b55313f2ef183ce5ec99aacf04e2ebbad854b34a2ddc9'
	]
];

export const isBaselineMigration = (name: string) => name >= BASELINE_RANGE[0] && name <= BASELINE_RANGE[1];

export type BaselineAdoption = 'none' | 'adopt' | { problem: string };

/**
 * What a database's applied migrations (name → hash) say about the baseline: 'none' when it applied none of
 * the old files (a new database, or one made from the baseline), 'adopt' when it applied exactly them (record
 * the baseline as applied, do not run it), else the problem: some of them only, or other versions of them.
 */
export function baselineAdoption(applied: ReadonlyMap<string, string>): BaselineAdoption {
	const old = PRE_BASELINE_MIGRATIONS.filter(([name]) => applied.has(name));
	if (old.length === 0) return 'none';
	const missing = PRE_BASELINE_MIGRATIONS.filter(([name]) => !applied.has(name)).map(([name]) => name);
	const changed = old.filter(([name, hash]) => applied.get(name) !== hash).map(([name]) => name);
	if (missing.length === 0 && changed.length === 0) return 'adopt';
	return {
		problem:
			'it was made by migrations from before the baseline (20261203900000_…) that are no longer in the ' +
			'repository' +
			(missing.length ? `; it lacks ${missing.join(', ')}` : '') +
			(changed.length ? `; ${changed.join(', ')} differ from the last versions` : '')
	};
}
