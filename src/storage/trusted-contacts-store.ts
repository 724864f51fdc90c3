/**
 * Trusted contacts, sealed. Three collections, each keyed by a keyed id of
 * its own purpose (no id shared between them or with any other record):
 * - `trusted_people`: a person's emergency profile (display name, consent,
 *   region, contacts with their names and chats, the active alarm), sealed whole;
 * - `trusted_links`: per contact chat, whose contact it is (to leave), sealed;
 * - `contact_invites`: one-time links, keyed by a hash of the token (a copy of
 *   the database opens no link), the inviting chat sealed.
 * A profile is changed by its owner and by their contacts (accept, leave)
 * from other chats: every change is compare-and-set on a version.
 */
import { isDuplicateKey } from "./duplicate-key.js";
import { createHash, randomBytes } from "node:crypto";
import type { Collection, Db } from "mongodb";
import type { Cipher } from "../security/cipher.js";
import type { Locale } from "../shared/locales.js";
import {
  emptyProfile,
  INVITE_TTL_MS,
  liveContacts,
  MAX_CONTACTS,
  type EmergencyProfile,
  type TrustedContact,
} from "../emergency/trusted-contacts.js";
import { oneAtATime } from "./ferretdb.js";

interface ProfileDocument {
  _id: string;
  sealed: string;
  version: number;
}
interface LinkDocument {
  _id: string;
  sealed: string;
}
interface InviteDocument {
  _id: string;
  sealed: string;
  expiresAt: Date;
  usedAt: Date | null;
}
interface InviteBody {
  owner: number;
  contactId: string;
}
export interface Link {
  owner: number;
  contactId: string;
}

export type InviteLookup =
  | { status: "ok"; owner: number; contactId: string; displayName: string; label: string; ownerLocale: Locale | null }
  | { status: "unknown" | "used" | "expired" | "self" | "already" };

const hash = (token: string) => createHash("sha256").update(token).digest("base64url");

export class TrustedContactsStore {
  /** Conditional writes (a profile's version, a link used once) run one at a time: see ferretdb.ts. */
  private readonly writes = oneAtATime();
  private readonly people: Collection<ProfileDocument>;
  private readonly links: Collection<LinkDocument>;
  private readonly invites: Collection<InviteDocument>;

  constructor(
    db: Db,
    private readonly cipher: Cipher,
  ) {
    this.people = db.collection<ProfileDocument>("trusted_people");
    this.links = db.collection<LinkDocument>("trusted_links");
    this.invites = db.collection<InviteDocument>("contact_invites");
  }

  async ensureIndexes(): Promise<void> {
    await this.invites.createIndex({ expiresAt: 1 });
  }

  private personId(chatId: number): string {
    return this.cipher.keyedId("trusted-person", chatId);
  }
  private linkId(chatId: number): string {
    return this.cipher.keyedId("trusted-contact", chatId);
  }

  async profile(chatId: number): Promise<EmergencyProfile | undefined> {
    const _id = this.personId(chatId);
    const doc = await this.people.findOne({ _id });
    return doc ? { ...emptyProfile(), ...this.cipher.decryptJson<EmergencyProfile>(doc.sealed, `trusted-person:${_id}`) } : undefined;
  }

  /** Changes a profile (created empty if absent); `change` may run again if another chat changed it meanwhile. */
  update<T>(chatId: number, change: (profile: EmergencyProfile) => { profile: EmergencyProfile; result: T }): Promise<T> {
    // The version check below is a conditional write: one at a time (ferretdb.ts).
    return this.writes(() => this.compareAndSet(chatId, change));
  }

  private async compareAndSet<T>(
    chatId: number,
    change: (profile: EmergencyProfile) => { profile: EmergencyProfile; result: T },
  ): Promise<T> {
    const _id = this.personId(chatId);
    for (let attempt = 0; attempt < 20; attempt++) {
      const doc = await this.people.findOne({ _id });
      const current = doc
        ? { ...emptyProfile(), ...this.cipher.decryptJson<EmergencyProfile>(doc.sealed, `trusted-person:${_id}`) }
        : emptyProfile();
      const { profile, result } = change(structuredClone(current));
      const sealed = this.cipher.encryptJson(profile, `trusted-person:${_id}`);
      if (!doc) {
        try {
          await this.people.insertOne({ _id, sealed, version: 1 });
          return result;
        } catch (error) {
          if (isDuplicateKey(error)) continue;
          throw error;
        }
      }
      const written = await this.people.updateOne({ _id, version: doc.version }, { $set: { sealed, version: doc.version + 1 } });
      if (written.modifiedCount === 1) return result;
    }
    throw new Error("trusted contacts: the profile kept changing");
  }

  /** A new contact with a one-time link; "full" at {@link MAX_CONTACTS}. */
  async invite(owner: number, label: string, now: number): Promise<{ token: string; contact: TrustedContact } | "full"> {
    const token = randomBytes(18).toString("base64url");
    const contact: TrustedContact = {
      id: randomBytes(6).toString("base64url"),
      label,
      state: "invited",
      chatId: null,
      locale: null,
      inviteExpiresAt: now + INVITE_TTL_MS,
    };
    const added = await this.update(owner, (profile) => {
      const live = liveContacts(profile, now);
      if (live.length >= MAX_CONTACTS) return { profile, result: false };
      return { profile: { ...profile, contacts: [...live, contact] }, result: true };
    });
    if (!added) return "full";
    const _id = hash(token);
    await this.invites.insertOne({
      _id,
      sealed: this.cipher.encryptJson({ owner, contactId: contact.id } satisfies InviteBody, `contact-invite:${_id}`),
      expiresAt: new Date(now + INVITE_TTL_MS),
      usedAt: null,
    });
    return { token, contact };
  }

  /** What a link opened by `chatId` leads to, without using it. */
  async lookup(token: string, chatId: number, now: number): Promise<InviteLookup> {
    const _id = hash(token);
    const doc = await this.invites.findOne({ _id });
    if (!doc) return { status: "unknown" };
    const body = this.cipher.decryptJson<InviteBody>(doc.sealed, `contact-invite:${_id}`);
    if (body.owner === chatId) return { status: "self" };
    if (doc.usedAt) return { status: "used" };
    if (doc.expiresAt.getTime() <= now) return { status: "expired" };
    const profile = await this.profile(body.owner);
    const contact = profile?.contacts.find((c) => c.id === body.contactId);
    if (!profile || !contact) return { status: "unknown" };
    if (profile.contacts.some((c) => c.chatId === chatId)) return { status: "already" };
    return {
      status: "ok",
      owner: body.owner,
      contactId: body.contactId,
      displayName: profile.displayName ?? "",
      label: contact.label,
      ownerLocale: profile.locale,
    };
  }

  /** Uses the link once: the contact accepts (joins) or declines (the place is freed). */
  async answer(token: string, chatId: number, locale: Locale, accept: boolean, now: number): Promise<InviteLookup> {
    const found = await this.lookup(token, chatId, now);
    if (found.status !== "ok") return found;
    const used = await this.writes(() => this.invites.updateOne({ _id: hash(token), usedAt: null }, { $set: { usedAt: new Date(now) } }));
    if (used.modifiedCount !== 1) return { status: "used" };
    await this.update(found.owner, (profile) => ({
      profile: {
        ...profile,
        contacts: accept
          ? profile.contacts.map((c) => (c.id === found.contactId ? { ...c, state: "accepted", chatId, locale, inviteExpiresAt: null } : c))
          : profile.contacts.filter((c) => c.id !== found.contactId),
      },
      result: undefined,
    }));
    if (accept) await this.changeLinks(chatId, (links) => [...links, { owner: found.owner, contactId: found.contactId }]);
    return found;
  }

  /** The person removes a contact; returns it (to tell them), or undefined. */
  async remove(owner: number, contactId: string): Promise<TrustedContact | undefined> {
    const removed = await this.update(owner, (profile) => ({
      profile: { ...profile, contacts: profile.contacts.filter((c) => c.id !== contactId) },
      result: profile.contacts.find((c) => c.id === contactId),
    }));
    if (removed?.chatId != null) await this.changeLinks(removed.chatId, (links) => links.filter((l) => l.contactId !== contactId));
    return removed;
  }

  /** The people whose contact this chat is. */
  async linksOf(chatId: number): Promise<Link[]> {
    const _id = this.linkId(chatId);
    const doc = await this.links.findOne({ _id });
    return doc ? this.cipher.decryptJson<Link[]>(doc.sealed, `trusted-link:${_id}`) : [];
  }

  /** A contact leaves one person's list; returns the contact as the person named it. */
  async leave(chatId: number, owner: number): Promise<TrustedContact | undefined> {
    const link = (await this.linksOf(chatId)).find((l) => l.owner === owner);
    if (!link) return undefined;
    const removed = await this.remove(owner, link.contactId);
    await this.changeLinks(chatId, (links) => links.filter((l) => l.owner !== owner));
    return removed;
  }

  /** /forget: the person's profile and links go, and they leave every list they are on. */
  async forget(chatId: number): Promise<void> {
    const profile = await this.profile(chatId);
    for (const contact of profile?.contacts ?? [])
      if (contact.chatId !== null) await this.changeLinks(contact.chatId, (links) => links.filter((l) => l.owner !== chatId));
    await this.people.deleteOne({ _id: this.personId(chatId) });
    for (const link of await this.linksOf(chatId)) await this.remove(link.owner, link.contactId);
    await this.links.deleteOne({ _id: this.linkId(chatId) });
  }

  private async changeLinks(chatId: number, change: (links: Link[]) => Link[]): Promise<void> {
    const _id = this.linkId(chatId);
    const links = change(await this.linksOf(chatId));
    if (links.length === 0) await this.links.deleteOne({ _id });
    else await this.links.replaceOne({ _id }, { sealed: this.cipher.encryptJson(links, `trusted-link:${_id}`) }, { upsert: true });
  }

  /** Retention: links past their time (used or not). */
  async purgeExpired(now: Date): Promise<number> {
    return (await this.invites.deleteMany({ expiresAt: { $lt: now } })).deletedCount;
  }
}
