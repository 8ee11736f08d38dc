/**
 * The one typed protocol between content scripts, extension pages and the background.
 * Only extension messaging (runtime.sendMessage) is used: page scripts cannot reach it.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';

export interface PingReply {
  version: string;
  receivedFrom: 'content' | 'page';
}

export interface ProtocolMap {
  /** Liveness check: the content script asks, the background answers with its version. */
  ping(data: { from: 'content' | 'page' }): PingReply;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
