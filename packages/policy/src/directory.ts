// Who is in which group. The policy's own `groups:` are one source; an identity provider (Okta,
// Google, SCIM) can be another later. Lookups are synchronous because evaluation is: an IdP-backed
// directory is expected to keep a cached copy and refresh it in the background.

/** Group membership, by lower-case email. */
export interface Directory {
  /** The members of a group (lower-case emails), or undefined when no such group exists. */
  groupMembers(name: string): readonly string[] | undefined;
  /** The groups an email belongs to, sorted by name. */
  groupsOf(email: string): readonly string[];
}

/**
 * A directory over fixed groups, such as those in a policy file. Emails are lower-cased.
 *
 * @example staticDirectory({ dba: ["Dana@example.com"] }).groupsOf("dana@example.com") // ["dba"]
 */
export function staticDirectory(groups: Readonly<Record<string, readonly string[]>>): Directory {
  const members = new Map<string, readonly string[]>();
  const byEmail = new Map<string, string[]>();
  for (const name of Object.keys(groups).sort()) {
    const emails = Object.freeze([...new Set((groups[name] ?? []).map((e) => e.toLowerCase()))]);
    members.set(name, emails);
    for (const email of emails) byEmail.set(email, [...(byEmail.get(email) ?? []), name]);
  }
  for (const [email, names] of byEmail) byEmail.set(email, Object.freeze(names) as string[]);
  return {
    groupMembers: (name) => members.get(name),
    groupsOf: (email) => byEmail.get(email.toLowerCase()) ?? [],
  };
}

/**
 * Consults `first`, then `second`, for each lookup: the policy's groups, then an IdP, say.
 * A group defined in both is taken from `first`.
 *
 * @example layeredDirectory(policyGroups, idp).groupMembers("sre")
 */
export function layeredDirectory(first: Directory, second: Directory): Directory {
  return {
    groupMembers: (name) => first.groupMembers(name) ?? second.groupMembers(name),
    groupsOf: (email) => {
      const names = new Set(first.groupsOf(email));
      for (const name of second.groupsOf(email)) if (first.groupMembers(name) === undefined) names.add(name);
      return [...names].sort();
    },
  };
}
