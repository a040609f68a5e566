//! The corpus's git repository, read as input: the standard and unit files as they were at a
//! revision. Objects are only read (no network, no worktree or index change), each file
//! within the size limit of a file on disk.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use gix::ObjectId;
use standar::parse::Limits;

/// What could not be read from the repository, with what was asked for.
#[derive(Debug)]
pub enum GitError {
    /// No repository contains the folder.
    NoRepository { folder: PathBuf, reason: String },
    /// A revision that does not name one commit.
    Revision { spec: String, reason: String },
    /// A file listed but not readable (an object the repository cannot give, or a file on
    /// disk).
    Object { path: String, reason: String },
    /// A file bigger than a standard can be.
    TooLarge {
        path: String,
        size: u64,
        limit: usize,
    },
}

impl fmt::Display for GitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GitError::NoRepository { folder, reason } => write!(
                f,
                "`{}` tidak berada di repositori git ({reason}); `--rev` membaca riwayat git, jalankan di dalam repositori standar",
                folder.display()
            ),
            GitError::Revision { spec, reason } => write!(
                f,
                "revisi `{spec}` tidak menunjuk satu commit ({reason}); contoh yang benar: `HEAD~1`, `main`, `origin/main..HEAD`, atau nomor commit; di CI, ambil riwayat yang cukup (GitHub: `fetch-depth`, GitLab: `GIT_DEPTH`)"
            ),
            GitError::Object { path, reason } => {
                write!(f, "`{path}` tidak dapat dibaca: {reason}")
            }
            GitError::TooLarge { path, size, limit } => write!(
                f,
                "`{path}` berukuran {size} bita, melebihi batas {limit} bita untuk satu berkas"
            ),
        }
    }
}

/// A repository and the folder its files are checked out in.
pub struct Repository {
    repo: gix::Repository,
    workdir: PathBuf,
}

/// A repository that threads share: each takes its own [`Repository`] from it.
pub struct SharedRepository {
    repo: gix::ThreadSafeRepository,
    workdir: PathBuf,
}

impl SharedRepository {
    /// A handle for the calling thread.
    pub fn local(&self) -> Repository {
        Repository {
            repo: self.repo.to_thread_local(),
            workdir: self.workdir.clone(),
        }
    }
}

/// A commit of the history: its id and when it was committed (seconds since 1970 and the
/// committer's offset from UTC in seconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Commit {
    pub id: ObjectId,
    pub detik: i64,
    pub offset: i32,
}

/// One commit's files below a folder: path relative to the repository (`/`-separated) → blob.
pub type Snapshot = BTreeMap<String, ObjectId>;

impl Repository {
    /// The repository that holds `folder` (or the file `folder`).
    pub fn discover(folder: &Path) -> Result<Self, GitError> {
        let start = match folder.is_file() {
            true => folder.parent().filter(|p| !p.as_os_str().is_empty()),
            false => Some(folder),
        };
        let start = start.unwrap_or(Path::new("."));
        let no_repository = |reason: String| GitError::NoRepository {
            folder: folder.to_path_buf(),
            reason,
        };
        let repo = gix::discover(start).map_err(|e| no_repository(e.to_string()))?;
        let workdir = repo
            .workdir()
            .ok_or_else(|| no_repository("repositori tanpa folder kerja".into()))?;
        let workdir = workdir
            .canonicalize()
            .map_err(|e| no_repository(e.to_string()))?;
        Ok(Repository { repo, workdir })
    }

    /// The repository, to be shared by threads.
    pub fn shared(&self) -> SharedRepository {
        SharedRepository {
            repo: self.repo.clone().into_sync(),
            workdir: self.workdir.clone(),
        }
    }

    /// `path` relative to the repository's folder, `/`-separated, when it lies inside it.
    pub fn relative(&self, path: &Path) -> Option<String> {
        let absolute = path.canonicalize().ok()?;
        let relative = absolute.strip_prefix(&self.workdir).ok()?;
        let parts: Vec<String> = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        Some(parts.join("/"))
    }

    /// The commit where `one` and `two` diverged (for `A...B`), as a revision.
    pub fn merge_base(&self, one: &str, two: &str) -> Result<String, GitError> {
        let commit = |spec: &str| {
            self.repo
                .rev_parse_single(spec)
                .map(|id| id.detach())
                .map_err(|e| GitError::Revision {
                    spec: spec.to_owned(),
                    reason: e.to_string(),
                })
        };
        let (a, b) = (commit(one)?, commit(two)?);
        let no_base = |reason: String| GitError::Revision {
            spec: format!("{one}...{two}"),
            reason,
        };
        match self
            .repo
            .merge_base(a, b)
            .map_err(|e| no_base(e.to_string()))?
        {
            Some(base) => Ok(base.to_string()),
            None => Err(no_base("tidak ada commit bersama".into())),
        }
    }

    /// The files below `folder` (relative, `/`-separated; empty for all), or the file
    /// `folder` itself, at revision `spec`.
    pub fn files(&self, spec: &str, folder: &str) -> Result<Snapshot, GitError> {
        let revision = |reason: String| GitError::Revision {
            spec: spec.to_owned(),
            reason,
        };
        let commit = self
            .repo
            .rev_parse_single(spec)
            .map_err(|e| revision(e.to_string()))?
            .object()
            .map_err(|e| revision(e.to_string()))?
            .peel_to_commit()
            .map_err(|e| revision(e.to_string()))?;
        let tree = commit.tree().map_err(|e| revision(e.to_string()))?;
        let object = |e: gix::Error| GitError::Object {
            path: folder.to_owned(),
            reason: e.to_string(),
        };
        let subtree = if folder.is_empty() {
            tree
        } else {
            match tree.lookup_entry_by_path(folder).map_err(object)? {
                Some(entry) if entry.mode().is_tree() => {
                    self.repo.find_tree(entry.object_id()).map_err(object)?
                }
                Some(entry) if entry.mode().is_blob() => {
                    return Ok(Snapshot::from([(folder.to_owned(), entry.object_id())]));
                }
                // The folder did not exist then: no files.
                _ => return Ok(Snapshot::new()),
            }
        };
        let entries = subtree.traverse().breadthfirst.files().map_err(object)?;
        let prefix = if folder.is_empty() {
            String::new()
        } else {
            format!("{folder}/")
        };
        Ok(entries
            .into_iter()
            .filter(|entry| entry.mode.is_blob())
            .map(|entry| (format!("{prefix}{}", entry.filepath), entry.oid))
            .collect())
    }

    /// The commit `HEAD` names, read from the references alone; none in a repository
    /// without commits.
    pub fn head(&self) -> Option<ObjectId> {
        self.repo.head().ok()?.id().map(gix::Id::detach)
    }

    /// The commits from `HEAD` back along first parents (the history of the branch as it was
    /// merged), newest first, at most `limit`. A repository without commits has none.
    pub fn first_parents(&self, limit: usize) -> Result<Vec<Commit>, GitError> {
        let failed = |reason: String| GitError::Revision {
            spec: "HEAD".to_owned(),
            reason,
        };
        let Ok(mut commit) = self.repo.head_commit() else {
            return Ok(Vec::new());
        };
        let mut commits = Vec::new();
        while commits.len() < limit {
            let time = commit.time().map_err(|e| failed(e.to_string()))?;
            commits.push(Commit {
                id: commit.id,
                detik: time.seconds,
                offset: time.offset,
            });
            let Some(parent) = commit.parent_ids().next() else {
                break;
            };
            commit = parent
                .object()
                .map_err(|e| failed(e.to_string()))?
                .try_into_commit()
                .map_err(|e| failed(e.to_string()))?;
        }
        Ok(commits)
    }

    /// The bytes of a file listed in a [`Snapshot`], within the limit of one file.
    pub fn read(&self, path: &str, id: ObjectId, limits: &Limits) -> Result<Vec<u8>, GitError> {
        let object = |e: gix::Error| GitError::Object {
            path: path.to_owned(),
            reason: e.to_string(),
        };
        let size = self.repo.find_header(id).map_err(object)?.size();
        if size > limits.max_file_bytes as u64 {
            return Err(GitError::TooLarge {
                path: path.to_owned(),
                size,
                limit: limits.max_file_bytes,
            });
        }
        Ok(self.repo.find_blob(id).map_err(object)?.data.clone())
    }
}
