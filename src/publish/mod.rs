//! Publishing a built site, confined to two folders: the site folder and the build cache.
//!
//! ```text
//! start     lock the site, undo a half-done swap, open and check the cache, read the records
//! spare     bring the spare site up to date (write, link, remove; each path journaled first)
//! complete  extra files, links to unchanged files, board PDFs, what is gone
//! exchange  put the spare in place of the site in one step; the old site is the next spare
//! ```
//!
//! Everything an earlier build left on disk (records, journal, site list, spare site) is
//! input: [`folder::Folder`] refuses any path that is not a clean relative path and
//! resolves every one beneath its folder's handle, so no content of those files and no link
//! planted among them can make a build touch a file elsewhere.

pub mod cache;
pub mod complete;
pub mod exchange;
pub mod folder;
pub mod journal;
pub mod pdf;
pub mod site;
pub mod spare;
pub mod start;
